import { queryOptions } from '@tanstack/react-query';
import topologyUrl from 'world-atlas/countries-110m.json?url';
import { buildWorldGeography, GeographyError, type WorldGeography } from '../figures/world-geography.ts';

/** Served as data beside the corpus; written by scripts/write-country-points.ts. */
export const COUNTRY_POINTS_PATH = 'data/country-points.json';

async function fetchJson(url: string, what: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new GeographyError(`${what} could not be loaded (HTTP ${response.status}).`);
  try {
    return (await response.json()) as unknown;
  } catch {
    throw new GeographyError(`${what} is not valid JSON.`);
  }
}

/**
 * The world's shapes and the points of states too small for them. Shipped
 * with the app as data files (never bundled into the JavaScript, never from
 * another origin). The map panel and the map export both read them here.
 */
export async function loadWorldGeography(): Promise<WorldGeography> {
  const [topology, points] = await Promise.all([
    fetchJson(topologyUrl, 'The world map'),
    fetchJson(`${import.meta.env.BASE_URL}${COUNTRY_POINTS_PATH}`, 'The positions of small states'),
  ]);
  return buildWorldGeography(topology, points);
}

/** The geography for the map panel, loaded once per page. */
export function worldGeographyQuery() {
  return queryOptions({
    queryKey: ['world-geography', topologyUrl, COUNTRY_POINTS_PATH],
    queryFn: loadWorldGeography,
    staleTime: Infinity,
    gcTime: Infinity,
    // A file shipped with the app either loads or is missing: one retry, then the panel says so.
    retry: 1,
    retryDelay: 500,
  });
}

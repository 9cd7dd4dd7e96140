import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

// Every spec asserts on violations only. By default axe also collects the
// passes, the incomplete and the inapplicable results for every node, which on
// the 20 000-statement demo's matrices and heatmaps is most of its running
// time; asking for violations alone keeps the same verdict in about half of it.
export function axeBuilder(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
}

import { countryName } from '../../corpus/countries.ts';
import { foldWord, tokenizeWords } from '../../view-state/search.ts';
import { stemWord } from '../../view-state/stem-word.ts';

/**
 * The tables the linked-views SQL (linked-views-sql.ts) reads, built by SQL
 * from a Parquet corpus (the layout of corpus-parquet-layout.ts) in a SQL
 * engine such as DuckDB — core SQL and its JSON and Parquet readers only,
 * no extension to download. The file's JSON columns are Parquet byte
 * arrays, which DuckDB reads as text (`binary_as_string`). `$1` is the Parquet file's path, bound as a
 * parameter. Run in order; TOKEN_SQL's raw words are then folded and stemmed
 * by the project's own functions (`foldRawWords`), so search means exactly
 * what it means in the page, and POSTINGS_SQL joins them back.
 *
 *   events(e, id, start_date, end_date)           one row per event
 *   statements(s, e, event_id, start_date, end_date, speaker)
 *       s is the statement's index in corpus.statements (file order), the
 *       tie-break of the list's sort; dates are the event's, as ISO text
 *   participants(e, code), event_themes(e, theme) (its own and its statements')
 *   statement_themes(s, theme), mentions(s, e, code)
 *   vocabulary(w, word, stem), postings(s, w): a table of words per statement
 *       (its text, its speaker's name, role and organisation, and the names
 *       of the countries it mentions), for search
 */

/** The same word pattern as search.ts's, in RE2 syntax (a letter or number, then letters, numbers and combining marks). */
const WORD_PATTERN = String.raw`'[\p{L}\p{N}][\p{L}\p{N}\p{M}]*'`;

export const LOAD_SQL: readonly string[] = [
  `CREATE TEMP TABLE corpus_rows AS
     SELECT file_row_number AS row, kind, id, eventId, startDate, endDate, participatingCountries, speaker, themes, mentionedCountries, text
     FROM read_parquet($1, file_row_number = true, binary_as_string = true) WHERE kind IN ('event', 'statement')`,
  `CREATE TABLE events AS
     SELECT (row_number() OVER (ORDER BY row) - 1)::INTEGER AS e, id,
       json_extract_string(startDate, '$.value') AS start_date,
       coalesce(json_extract_string(endDate, '$.value'), json_extract_string(startDate, '$.value')) AS end_date
     FROM corpus_rows WHERE kind = 'event'`,
  `CREATE TABLE participants AS
     SELECT DISTINCT ev.e, unnest(json_extract_string(r.participatingCountries, '$[*].value')) AS code
     FROM corpus_rows r JOIN events ev ON ev.id = r.id WHERE r.kind = 'event'`,
  `CREATE TEMP TABLE statement_rows AS
     SELECT (row_number() OVER (ORDER BY row) - 1)::INTEGER AS s, eventId, speaker, themes, mentionedCountries, text
     FROM corpus_rows WHERE kind = 'statement'`,
  `CREATE TABLE statements AS
     SELECT r.s, ev.e, ev.id AS event_id, ev.start_date, ev.end_date, json_extract_string(r.speaker, '$.id') AS speaker
     FROM statement_rows r JOIN events ev ON ev.id = r.eventId ORDER BY r.s`,
  `CREATE TABLE statement_themes AS
     SELECT DISTINCT s, unnest(json_extract_string(themes, '$[*].themeId')) AS theme FROM statement_rows`,
  `CREATE TABLE event_themes AS
     SELECT DISTINCT ev.e, unnest(json_extract_string(r.themes, '$[*].themeId')) AS theme
     FROM corpus_rows r JOIN events ev ON ev.id = r.id WHERE r.kind = 'event'
     UNION SELECT st.e, t.theme FROM statement_themes t JOIN statements st ON st.s = t.s`,
  `CREATE TABLE mentions AS
     SELECT DISTINCT st.s, st.e, unnest(json_extract_string(r.mentionedCountries, '$[*].code')) AS code
     FROM statement_rows r JOIN statements st ON st.s = r.s`,
];

/** How many statements name an event the file does not hold (they would drop out of every view). */
export const ORPHAN_STATEMENTS_SQL = `SELECT count(*) AS orphans FROM statement_rows WHERE s NOT IN (SELECT s FROM statements)`;

/** Every distinct word of each statement's text and speaker, as written; then the distinct raw words. */
export const TOKEN_SQL: readonly string[] = [
  `CREATE TEMP TABLE raw_tokens AS
     SELECT DISTINCT s, unnest(regexp_extract_all(concat_ws(' ', text,
       json_extract_string(speaker, '$.name'), json_extract_string(speaker, '$.role'), json_extract_string(speaker, '$.organisation')),
       ${WORD_PATTERN})) AS raw
     FROM statement_rows`,
];
export const RAW_WORDS_SQL = `SELECT DISTINCT raw FROM raw_tokens`;
export const MENTIONED_CODES_SQL = `SELECT DISTINCT code FROM mentions`;

/** Tables `foldRawWords`'s rows are appended to, before POSTINGS_SQL. */
export const WORD_TABLES_SQL: readonly string[] = [
  `CREATE TABLE vocabulary (w INTEGER, word VARCHAR, stem VARCHAR)`,
  `CREATE TEMP TABLE raw_words (raw VARCHAR, w INTEGER)`,
  `CREATE TEMP TABLE country_words (code VARCHAR, w INTEGER)`,
];

export const POSTINGS_SQL: readonly string[] = [
  // Ordered by word, so a search's few words touch few row groups.
  `CREATE TABLE postings AS
     SELECT DISTINCT t.s, rw.w FROM raw_tokens t JOIN raw_words rw ON rw.raw = t.raw
     UNION SELECT m.s, cw.w FROM mentions m JOIN country_words cw ON cw.code = m.code
     ORDER BY w, s`,
  `DROP TABLE raw_tokens`,
  `DROP TABLE raw_words`,
  `DROP TABLE country_words`,
  `DROP TABLE statement_rows`,
  `DROP TABLE corpus_rows`,
];

export type WordTables = {
  vocabulary: Array<[w: number, word: string, stem: string]>;
  rawWords: Array<[raw: string, w: number]>;
  countryWords: Array<[code: string, w: number]>;
};

/**
 * Folds the raw words (search.ts's foldWord) and stems them (stem-word.ts),
 * numbering each folded word once, and adds the words of each mentioned
 * country's English name: the rows of the three word tables.
 */
export function foldRawWords(rawWords: Iterable<string>, mentionedCodes: Iterable<string>): WordTables {
  const ids = new Map<string, number>();
  const tables: WordTables = { vocabulary: [], rawWords: [], countryWords: [] };
  const idOf = (word: string): number => {
    let w = ids.get(word);
    if (w === undefined) {
      w = ids.size;
      ids.set(word, w);
      tables.vocabulary.push([w, word, stemWord(word)]);
    }
    return w;
  };
  for (const raw of rawWords) tables.rawWords.push([raw, idOf(foldWord(raw))]);
  for (const code of mentionedCodes) {
    const words = new Set(tokenizeWords(countryName(code)).map((token) => token.folded));
    for (const word of words) tables.countryWords.push([code, idOf(word)]);
  }
  return tables;
}

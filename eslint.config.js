import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

// Which folder of src/ may import which (README, "Code layout"). Imports are
// relative, so each rule matches a folder name anywhere in the specifier; a
// feature's own files are reached by './', a sibling feature by one '../'.
const layer = (name) => `(^|/)${name}/`;
const forbid = (names, message) => ({ regex: `(${names.map(layer).join('|')})`, message });
const UI_LIBRARIES = { regex: '^(react|react-dom|recharts|@tanstack/.*|d3-geo|topojson-client)(/.*)?$', message: 'domain/ is pure TypeScript: no UI or browser libraries.' };
const importRules = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

const importBoundaries = [
  {
    files: ['src/domain/**/*.ts'],
    rules: importRules([
      forbid(['app', 'state', 'features', 'components', 'figures', 'workers'], 'domain/ imports only domain/.'),
      UI_LIBRARIES,
    ]),
  },
  {
    files: ['src/domain/engine/columnar/**/*.ts', 'src/domain/engine/text/**/*.ts'],
    rules: importRules([
      forbid(['app', 'state', 'features', 'components', 'figures', 'workers'], 'domain/ imports only domain/.'),
      UI_LIBRARIES,
      { regex: '(^|/)reference/', message: 'The columnar engine reads engine/contract.ts, never the reference engine (the test oracle).' },
    ]),
  },
  {
    files: ['src/domain/corpus/**/*.ts'],
    rules: importRules([
      forbid(['app', 'state', 'features', 'components', 'figures', 'workers'], 'domain/ imports only domain/.'),
      UI_LIBRARIES,
      forbid(['view-state', 'timeline', 'map', 'statements', 'source-reader', 'export'], 'corpus/ is the base of domain/: the views build on it, not the reverse.'),
    ]),
  },
  {
    files: ['src/figures/**/*.ts'],
    rules: importRules([forbid(['app', 'state', 'features', 'components', 'workers'], 'figures/ imports only domain/.')]),
  },
  {
    files: ['src/workers/**/*.ts'],
    rules: importRules([forbid(['app', 'state', 'features', 'components', 'figures'], 'workers/ import only domain/.')]),
  },
  {
    files: ['src/components/**/*.{ts,tsx}'],
    rules: importRules([forbid(['app', 'state', 'features', 'figures', 'workers'], 'components/ are shared UI: they import only domain/.')]),
  },
  {
    files: ['src/state/**/*.{ts,tsx}'],
    rules: importRules([forbid(['app', 'features'], 'state/ is what features read: it never imports app/ or a feature.')]),
  },
  {
    files: ['src/features/**/*.{ts,tsx}'],
    rules: importRules([
      forbid(['app'], 'A feature never imports app/: the app composes features.'),
      { regex: '^\\.\\./(?!\\.\\./)', message: 'A feature never imports a sibling feature: share through state/, components/ or domain/.' },
    ]),
  },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test-results/', 'playwright-report/'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // useVirtualizer returns functions the compiler cannot memoise; expected.
      'react-hooks/incompatible-library': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Untrusted text is always rendered as text.',
        },
        {
          selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]",
          message: 'Untrusted text is always rendered as text.',
        },
      ],
    },
  },
  ...importBoundaries,
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);

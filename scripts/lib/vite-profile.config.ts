import { mergeConfig } from 'vite';
import base from '../../vite.config.ts';

/**
 * The build `npm run profile:interaction` profiles: unminified (profiles name
 * the functions) and with React's profiling build, which times each
 * component's render when a DevTools hook is present.
 */
export default mergeConfig(base, {
  resolve: { alias: [{ find: /^react-dom\/client$/, replacement: 'react-dom/profiling' }] },
  build: { minify: false },
});

import { z } from 'zod';

// The production page forbids eval under its Content-Security-Policy; zod's
// JIT probe uses `new Function`, so it is switched off before any schema runs.
// Every module takes zod from here so the setting can never be skipped.
z.config({ jitless: true });

export { z };

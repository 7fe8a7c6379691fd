// Ports of the two servers the end-to-end tests use, from E2E_PORT so checkouts can run side by side.
/** `vite preview` of dist/: what most tests run against. */
export const PREVIEW_PORT = Number(process.env.E2E_PORT ?? 4173);
/** e2e/server/headerServer.ts: dist/ with the policy as real headers, plus the test fixtures. */
export const HEADER_PORT = Number(process.env.E2E_HEADER_PORT ?? PREVIEW_PORT + 500);
export const HEADER_SERVER_URL = `http://127.0.0.1:${HEADER_PORT}/`;

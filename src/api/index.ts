// The HTTP API: `createApp` (Hono app, testable with app.request) and `serve` (listens on a port).
export { createApp, type AppOptions, type VigieApp } from './app.ts';
export { serve, type ServeOptions, type RunningServer } from './server.ts';

/**
 * The one way code learns the time: use cases, jobs and routes receive a Clock, so tests move
 * time by hand and nothing reads the system clock on its own.
 */
export type Clock = () => Date;

/** The real clock, used only where the app is composed (main.ts, compose.ts). */
export const systemClock: Clock = () => new Date();

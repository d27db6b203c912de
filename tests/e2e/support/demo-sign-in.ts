/** The demo sign-in a first start printed, read as a person reads it from the terminal. */
export function demoSignInFrom(output: string): { email: string; password: string } {
  const match = output.match(/^Demo sign-in: (\S+) \/ (\S+)$/m);
  if (!match?.[1] || !match[2]) throw new Error(`The server printed no demo sign-in:\n${output}`);
  return { email: match[1], password: match[2] };
}

// Catalogs compiled at build time (src/build/message-catalogs-plugin.ts).
declare module '*.json?messages' {
  const messages: Readonly<Record<string, (values?: Record<string, string | number>) => string>>;
  export default messages;
}

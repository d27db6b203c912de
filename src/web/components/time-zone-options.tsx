/** The zone this browser runs in: the likeliest answer when someone has not chosen one yet. */
export const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Every zone this browser knows, with the current one and the browser's own always among them. */
function timeZones(current: string): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([current, browserZone(), 'UTC', ...all])].sort((a, b) => a.localeCompare(b));
}

/** The options of a time zone select, named as people read them ("America/Los Angeles"). */
export function TimeZoneOptions({ current }: { current: string }) {
  return timeZones(current).map((zone) => (
    <option key={zone} value={zone}>
      {zone.replace(/_/g, ' ')}
    </option>
  ));
}

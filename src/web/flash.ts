// A one-time message for the page an action redirects to ("Your password was changed"). It travels in
// sessionStorage rather than the URL, so it neither shows in the address bar nor returns on reload.
const flashKey = 'feedforward.flash';

export function setFlash(message: string) {
  sessionStorage.setItem(flashKey, message);
}

export function takeFlash(): string | null {
  const message = sessionStorage.getItem(flashKey);
  sessionStorage.removeItem(flashKey);
  return message;
}

import { Link } from 'react-router';

export function Brand() {
  return (
    <Link to="/" className="brand">
      <img src="/favicon.svg" alt="" width="28" height="28" />
      <span>Feedforward</span>
    </Link>
  );
}

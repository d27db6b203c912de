import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { showServerMessagesWith } from './api';
import { serverText } from './i18n/server-messages';
import { startOfflineSupport } from './pwa/offline-support';
import { createRouter } from './router';
import './styles.css';

// The server speaks English; the leader's screens show its messages in their language (decision 0052).
showServerMessagesWith(serverText);

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain <div id="root">');

createRoot(container).render(
  <StrictMode>
    <RouterProvider router={createRouter()} />
  </StrictMode>,
);

startOfflineSupport();

import React from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloClient, ApolloProvider, from, HttpLink, InMemoryCache } from '@apollo/client';
import { idempotencyLink } from './api/idempotency';
import { BrowserRouter } from 'react-router-dom';
import './i18n';
import { signIn } from './auth/keycloak';
import { createApolloClient } from './api/client';
import { App } from './App';
import { LocaleProvider } from './i18n/LocaleProvider';
import { PublicCommitmentsPage } from './pages/PublicCommitmentsPage';
import { PublicRequestPage } from './pages/PublicRequestPage';
import { TrackingPage } from './pages/TrackingPage';

const root = createRoot(document.getElementById('root')!);
const path = window.location.pathname;
const commitmentsPage = /^\/p\/([a-z][a-z0-9-]*)\/?$/.exec(path);
const requestForm = /^\/p\/([a-z][a-z0-9-]*)\/request\/?$/.exec(path);
const tracking = /^\/t\/([A-Za-z0-9_.-]+)\/?$/.exec(path);

// Customers' pages: no sign-in, no token.
const publicPage = commitmentsPage ? (
  <PublicCommitmentsPage tenantCode={commitmentsPage[1]} />
) : requestForm ? (
  <PublicRequestPage tenantCode={requestForm[1]} />
) : tracking ? (
  <TrackingPage token={tracking[1]} />
) : null;

if (publicPage) {
  root.render(
    <React.StrictMode>
      <LocaleProvider>
        <ApolloProvider client={new ApolloClient({ link: from([idempotencyLink, new HttpLink({ uri: '/graphql' })]), cache: new InMemoryCache() })}>{publicPage}</ApolloProvider>
      </LocaleProvider>
    </React.StrictMode>,
  );
} else {
  void start();
}

function start() {
  return signIn()
  .then(() =>
    root.render(
      <React.StrictMode>
        <LocaleProvider>
          <ApolloProvider client={createApolloClient()}>
            <BrowserRouter>
              <App />
            </BrowserRouter>
          </ApolloProvider>
        </LocaleProvider>
      </React.StrictMode>,
    ),
  )
  .catch((error) => {
    root.render(
      <div style={{ padding: 32, fontFamily: 'sans-serif' }}>
        <h2>无法连接登录服务 / Cannot reach the sign-in service</h2>
        <p>{String(error?.message ?? error ?? '')}</p>
        <button onClick={() => window.location.reload()}>重试 / Retry</button>
      </div>,
    );
  });
}

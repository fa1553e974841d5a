import React from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloClient, ApolloProvider, InMemoryCache } from '@apollo/client';
import { BrowserRouter } from 'react-router-dom';
import './i18n';
import { signIn } from './auth/keycloak';
import { createApolloClient } from './api/client';
import { App } from './App';
import { LocaleProvider } from './i18n/LocaleProvider';
import { PublicCommitmentsPage } from './pages/PublicCommitmentsPage';

const root = createRoot(document.getElementById('root')!);
const publicPage = /^\/p\/([a-z][a-z0-9-]*)\/?$/.exec(window.location.pathname);

if (publicPage) {
  // Customers read a company's published commitments without signing in.
  root.render(
    <React.StrictMode>
      <LocaleProvider>
        <ApolloProvider client={new ApolloClient({ uri: '/graphql', cache: new InMemoryCache() })}>
          <PublicCommitmentsPage tenantCode={publicPage[1]} />
        </ApolloProvider>
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

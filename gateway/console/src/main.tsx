import React from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client';
import { BrowserRouter } from 'react-router-dom';
import './i18n';
import { signIn } from './auth/keycloak';
import { createApolloClient } from './api/client';
import { App } from './App';
import { LocaleProvider } from './i18n/LocaleProvider';

const root = createRoot(document.getElementById('root')!);

signIn()
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

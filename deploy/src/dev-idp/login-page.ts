const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The sign-in page of the dev identity provider, in Chinese and English, usable on a phone. */
export function loginPage(hidden: Record<string, string>, error?: string): string {
  const fields = Object.entries(hidden)
    .map(([k, v]) => `<input type="hidden" name="${esc(k)}" value="${esc(v)}">`)
    .join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>登录 · 售后 Shouhou</title>
<style>body{font-family:-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;background:#f0f2f5;margin:0;display:flex;min-height:100vh;align-items:center;justify-content:center}
form{background:#fff;padding:32px;border-radius:8px;box-shadow:0 2px 8px rgba(0,0,0,.1);width:min(360px,90vw)}
h1{font-size:20px;margin:0 0 4px}p{color:#888;margin:0 0 24px;font-size:13px}label{display:block;margin:12px 0 4px;font-size:14px}
input[type=text],input[type=password]{width:100%;box-sizing:border-box;padding:8px 11px;border:1px solid #d9d9d9;border-radius:6px;font-size:14px}
button{margin-top:24px;width:100%;padding:8px;background:#1677ff;color:#fff;border:0;border-radius:6px;font-size:15px;cursor:pointer}
.error{color:#ff4d4f;background:#fff2f0;border:1px solid #ffccc7;padding:8px;border-radius:6px;font-size:13px;margin-bottom:8px}</style></head>
<body><form method="post" action="login-actions/authenticate">
<h1>售后 Shouhou 登录 / Sign in</h1><p>开发身份提供方（仅本地）· Dev identity provider (local only)</p>
${error ? `<div class="error" role="alert">${esc(error)}</div>` : ''}
<label for="username">用户名 / Username</label><input id="username" name="username" type="text" autocomplete="username" autofocus>
<label for="password">密码 / Password</label><input id="password" name="password" type="password" autocomplete="current-password">
${fields}<button type="submit" id="kc-login">登录 / Sign in</button></form></body></html>`;
}

// The bearer token of a server started with `marsad serve --token-file`: the page's API
// requests carry it as `Authorization: Bearer <token>`. It comes from the address's
// fragment (http://host:port/#token=TOKEN: a fragment is never sent to the server nor
// written to its logs) or, when the server answers 401, from a prompt; it is kept in
// sessionStorage (this tab only, gone when it closes) and the fragment is removed from the
// address bar so that it is not bookmarked or shared by mistake.
'use strict';

const MarsadAuth = (() => {
  const KEY = 'marsad-token';
  let asking = null;     // the prompt in progress, shared by requests refused meanwhile
  let declined = false;  // the user cancelled the prompt: ask no more in this page

  function stored() {
    try { return sessionStorage.getItem(KEY) || ''; } catch { return ''; }
  }
  function store(token) {
    try {
      if (token) sessionStorage.setItem(KEY, token); else sessionStorage.removeItem(KEY);
    } catch { /* storage disabled: the token lasts as long as the page */ }
    memory = token;
  }
  let memory = stored();

  // #token=TOKEN (other fragment parameters are kept).
  function takeFromFragment() {
    if (!location.hash) return;
    const params = new URLSearchParams(location.hash.slice(1));
    const token = params.get('token');
    if (token == null) return;
    store(token.trim());
    params.delete('token');
    const rest = params.toString();
    history.replaceState(null, '', location.pathname + location.search + (rest ? `#${rest}` : ''));
  }
  takeFromFragment();

  function askToken(refused) {
    if (declined) return Promise.resolve('');
    if (!asking) {
      asking = new Promise((resolve) => {
        // After the current task, so that requests refused together share one prompt.
        setTimeout(() => {
          const msg = refused
            ? 'The server refused this token. Bearer token (marsad serve --token-file):'
            : 'This marsad server needs its bearer token (marsad serve --token-file):';
          const answer = window.prompt(msg, '');
          const token = (answer || '').trim();
          if (!token) declined = true;
          store(token);
          asking = null;
          resolve(token);
        }, 0);
      });
    }
    return asking;
  }

  function withToken(options, token) {
    if (!token) return options;
    const headers = new Headers(options.headers || {});
    headers.set('Authorization', `Bearer ${token}`);
    return { ...options, headers };
  }

  // fetch() for the API: with the token when there is one; on 401, asks for it once and
  // sends the request again. Any other answer is returned as it is.
  async function apiFetch(url, options = {}) {
    let token = memory;
    let r = await fetch(url, withToken(options, token));
    if (r.status !== 401) return r;
    const fresh = await askToken(Boolean(token));
    if (!fresh || fresh === token) return r;
    r = await fetch(url, withToken(options, fresh));
    if (r.status === 401) store('');
    return r;
  }

  return { fetch: apiFetch, token: () => memory };
})();

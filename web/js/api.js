// Calls to the LifeCircle REST API. Every failure becomes an Error whose message is the server's
// one-line explanation (the JSON error body), never a stack trace.

export async function getJson(path, params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== ''));
  const url = query.toString() ? `${path}?${query}` : path;
  return handle(await fetch(url, { headers: { Accept: 'application/json' } }));
}

export async function sendJson(method, path, body) {
  return handle(await fetch(path, {
    method,
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  }));
}

async function handle(response) {
  if (response.status === 204) {
    return null;
  }
  let body = null;
  try {
    body = await response.json();
  } catch (ignored) {
    // not JSON: the message below says so
  }
  if (!response.ok) {
    const message = body && body.message ? body.message : `request failed (HTTP ${response.status})`;
    throw new Error(message);
  }
  return body;
}

// Sends a file as the request body (an upload): the X-Requested-With header is what the server's
// CSRF defence asks of writes that are not JSON.
export async function sendFile(method, path, file, contentType) {
  return handle(await fetch(path, {
    method,
    headers: { 'Content-Type': contentType, 'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json' },
    body: file,
  }));
}

// Fetches a file and hands it to the browser as a download; a refused request throws with the
// server's message instead of leaving the page for a JSON error.
export async function download(url) {
  const response = await fetch(url);
  if (!response.ok) {
    await handle(response);
  }
  const disposition = response.headers.get('Content-Disposition') || '';
  const match = /filename="?([^";]+)"?/.exec(disposition);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = match ? match[1] : 'export';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}

export function bboxParam(bounds) {
  return [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()].map((v) => v.toFixed(6)).join(',');
}

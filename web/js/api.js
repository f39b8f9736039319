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
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = downloadName(response.headers.get('Content-Disposition') || '');
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}

// The file name of a Content-Disposition: RFC 6266's filename* (UTF-8, percent-encoded: a Chinese
// dataset name) when given, else the plain filename.
export function downloadName(disposition) {
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (encoded) {
    try {
      return decodeURIComponent(encoded[1].trim());
    } catch (error) {
      // a malformed escape: fall back to the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1] : 'export';
}

export function bboxParam(bounds) {
  return [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()].map((v) => v.toFixed(6)).join(',');
}

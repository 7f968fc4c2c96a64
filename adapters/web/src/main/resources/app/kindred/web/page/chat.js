// Kindred's web chat. Each tab is its own member: the tab keeps its session token in sessionStorage
// (never shared with other tabs) and sends it in a header; it talks only to the server that served it.
(function () {
  'use strict';

  const TOKEN_HEADER = 'X-Kindred-Session';
  const SAVED = 'kindred.web';
  const $ = (id) => document.getElementById(id);
  const strings = $('strings').dataset;
  const limit = parseInt(strings.limit, 10);
  const log = $('log');
  const input = $('message');

  let session = load();
  let lastSeq = 0;
  let stream = null;
  let focusNext = false;

  function load() {
    try {
      return JSON.parse(sessionStorage.getItem(SAVED)) || null;
    } catch (e) {
      return null;
    }
  }

  function save(value) {
    session = value;
    if (value) {
      sessionStorage.setItem(SAVED, JSON.stringify(value));
    } else {
      sessionStorage.removeItem(SAVED);
    }
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, (match, name) => (name in values ? String(values[name]) : match));
  }

  function length(text) {
    return Array.from(text).length;
  }

  async function post(path, fields) {
    const headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
    if (session) {
      headers[TOKEN_HEADER] = session.token;
    }
    let response;
    try {
      response = await fetch('/chat/api/' + path, { method: 'POST', headers, body: new URLSearchParams(fields) });
    } catch (e) {
      return { ok: false, error: strings.network };
    }
    const data = await response.json().catch(() => ({}));
    if (response.status === 401) {
      ended(data.error);
    }
    return { ok: response.ok, status: response.status, data, error: data.error || strings.network };
  }

  // Joining --------------------------------------------------------------------------------------

  async function join(name, community, first) {
    const answer = await post('join', {
      name,
      community,
      locale: navigator.language || '',
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || '',
      humanProof: $('human-proof').value,
      first: first || ''
    });
    if (!answer.ok) {
      $('join-error').textContent = answer.error;
      return false;
    }
    save({ token: answer.data.token, name, community: community || $('community').defaultValue });
    openChat(true);
    return true;
  }

  // A fresh chat puts the keyboard on Kindred's first button; a reload only replays the history.
  function openChat(fresh) {
    $('join').hidden = true;
    $('chat').hidden = false;
    $('join-error').textContent = '';
    $('whoami').textContent = session.name
      ? fill(strings.joinedAs, { name: session.name, community: session.community })
      : '';
    focusNext = fresh;
    lastSeq = 0;
    log.replaceChildren();
    connect();
  }

  function ended(error) {
    save(null);
    if (stream) {
      stream.abort();
      stream = null;
    }
    $('chat').hidden = true;
    $('join').hidden = false;
    $('join-error').textContent = error || '';
    $('name').focus();
  }

  $('join-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const name = $('name').value.trim();
    if (!name) {
      $('join-error').textContent = strings.nameMissing;
      $('name').focus();
      return;
    }
    join(name, $('community').value.trim());
  });

  // The help link works before joining too: it starts a chat whose first answer is the helplines.
  $('get-help').addEventListener('click', () => {
    if (session) {
      send('/helplines');
    } else {
      join('', $('community').value.trim(), 'helplines');
    }
  });

  // The stream of what Kindred sends -------------------------------------------------------------

  async function connect() {
    if (!session) {
      return;
    }
    const controller = new AbortController();
    stream = controller;
    try {
      const response = await fetch('/chat/api/stream?after=' + lastSeq, {
        headers: { [TOKEN_HEADER]: session.token, Accept: 'text/event-stream' },
        cache: 'no-store',
        signal: controller.signal
      });
      if (response.status === 401) {
        const data = await response.json().catch(() => ({}));
        ended(data.error);
        return;
      }
      if (!response.ok || !response.body) {
        throw new Error('stream refused');
      }
      $('status').textContent = '';
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) {
          break;
        }
        buffer += value.replace(/\r\n/g, '\n');
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          handle(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      }
      // The server ends a stream after a while; carry on at once from the last event.
      if (stream === controller) {
        setTimeout(connect, 50);
      }
    } catch (e) {
      if (controller.signal.aborted || stream !== controller) {
        return;
      }
      $('status').textContent = strings.reconnecting;
      setTimeout(connect, 2000);
    }
  }

  function handle(block) {
    let id = 0;
    let name = 'message';
    const data = [];
    for (const line of block.split('\n')) {
      const colon = line.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      const field = line.slice(0, colon);
      const value = line.slice(colon + 1).replace(/^ /, '');
      if (field === 'id') {
        id = parseInt(value, 10);
      } else if (field === 'event') {
        name = value;
      } else if (field === 'data') {
        data.push(value);
      }
    }
    if (!id || id <= lastSeq) {
      return;
    }
    lastSeq = id;
    const event = JSON.parse(data.join('\n'));
    if (name === 'message') {
      showKindred(event);
    } else if (name === 'retire') {
      retire(event.ref);
    }
  }

  // The conversation -----------------------------------------------------------------------------

  function entry(kind, label) {
    const item = document.createElement('li');
    item.className = 'msg ' + kind;
    const who = document.createElement('span');
    who.className = 'who';
    who.textContent = label;
    item.append(who);
    return item;
  }

  function showKindred(event) {
    const item = entry(event.urgent ? 'kindred urgent' : 'kindred', strings.kindred);
    item.dataset.ref = event.ref;
    const body = document.createElement('div');
    body.className = 'body';
    // The server renders the message and escapes every word in it.
    body.innerHTML = event.html;
    item.append(body);
    log.append(item);
    item.scrollIntoView({ block: 'end' });
    // An image (the mood chart) grows the message once it is decoded: keep the newest message in view.
    item.querySelectorAll('img').forEach((image) => image.addEventListener('load', () => {
      if (log.lastElementChild === item) {
        item.scrollIntoView({ block: 'end' });
      }
    }, { once: true }));
    if (focusNext) {
      focusNext = false;
      const control = item.querySelector('button:not([disabled]), select:not([disabled])');
      (control || input).focus();
    }
  }

  function showOwn(text) {
    const item = entry('you', strings.you);
    const body = document.createElement('p');
    body.className = 'body';
    body.textContent = text;
    item.append(body);
    log.append(item);
    item.scrollIntoView({ block: 'end' });
  }

  function retire(ref) {
    const item = log.querySelector('li[data-ref="' + CSS.escape(ref) + '"]');
    if (item) {
      item.querySelectorAll('button, select').forEach((control) => {
        control.disabled = true;
      });
    }
  }

  log.addEventListener('click', (event) => {
    const button = event.target.closest('button');
    if (!button || button.disabled) {
      return;
    }
    const item = button.closest('li.msg');
    if (button.dataset.payload) {
      press(button.dataset.payload, item.dataset.ref, button.textContent);
    } else if (button.dataset.select) {
      const option = $(button.dataset.select).selectedOptions[0];
      if (option) {
        press(option.value, item.dataset.ref, option.textContent);
      }
    }
  });

  async function press(payload, ref, label) {
    showOwn(fill(strings.youChose, { choice: label }));
    focusNext = true;
    const answer = await post('press', { payload, ref });
    if (!answer.ok && session) {
      $('say-error').textContent = answer.error;
    }
  }

  async function send(text) {
    $('say-error').textContent = '';
    showOwn(text);
    const answer = await post('say', { text });
    if (!answer.ok && session) {
      $('say-error').textContent = answer.error;
    }
  }

  function count() {
    const used = length(input.value);
    const over = used > limit;
    $('message-count').textContent = over
      ? fill(strings.tooLong, { count: used, limit })
      : fill(strings.charsLeft, { count: limit - used });
    $('message-count').classList.toggle('over', over);
  }

  $('say-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value;
    if (!text.trim()) {
      $('say-error').textContent = strings.empty;
      return;
    }
    if (length(text) > limit) {
      $('say-error').textContent = fill(strings.tooLong, { count: length(text), limit });
      return;
    }
    input.value = '';
    count();
    send(text);
  });

  input.addEventListener('input', count);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      $('say-form').requestSubmit();
    }
  });

  count();
  if (session) {
    openChat(false);
  } else {
    $('name').focus();
  }
})();

// EnvBot's web chat: the official Web Chat bundle talking to EnvBot's own Direct Line endpoint.
// The page asks /api/webchat/token for a token (the secret stays on the server), keeps a stable user id,
// and remembers its conversation and watermark so a returning visitor continues where they left off.
(function () {
  'use strict';

  var USER_KEY = 'envbot.webchat.userId';
  var CONVERSATION_KEY = 'envbot.webchat.conversation';
  var PERSONA_KEY = 'envbot.webchat.persona';
  var PENDING_PERSONA_KEY = 'envbot.webchat.persona.pending';

  // Demo mode only: the server lists personas (404 otherwise) and the page offers "以…身份体验". Choosing one starts
  // a fresh user id and conversation; the first token request names the persona so the server binds that id to it.
  async function offerPersonas() {
    var response = await fetch('api/demo/personas');
    if (!response.ok) {
      return;
    }
    var personas = (await response.json()).personas || [];
    var label = document.getElementById('persona');
    var select = label.querySelector('select');
    personas.forEach(function (p) {
      var option = document.createElement('option');
      option.value = p.id;
      option.textContent = p.role + '：' + p.name;
      select.appendChild(option);
    });
    select.value = localStorage.getItem(PERSONA_KEY) || '';
    select.addEventListener('change', function () {
      localStorage.removeItem(USER_KEY);
      localStorage.removeItem(CONVERSATION_KEY);
      if (select.value) {
        localStorage.setItem(PERSONA_KEY, select.value);
        localStorage.setItem(PENDING_PERSONA_KEY, select.value);
      } else {
        localStorage.removeItem(PERSONA_KEY);
        localStorage.removeItem(PENDING_PERSONA_KEY);
      }
      location.reload();
    });
    label.hidden = false;
  }

  function userId() {
    var id = localStorage.getItem(USER_KEY);
    if (!id) {
      // DirectLineJS refuses client-side ids starting with dl_, so ours start with u-.
      var bytes = new Uint8Array(12);
      crypto.getRandomValues(bytes);
      id = 'u-' + Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
      localStorage.setItem(USER_KEY, id);
    }
    return id;
  }

  function savedConversation() {
    try {
      return JSON.parse(localStorage.getItem(CONVERSATION_KEY) || 'null');
    } catch (e) {
      return null;
    }
  }

  function showStatus(text) {
    var el = document.getElementById('status');
    el.textContent = text;
    el.hidden = !text;
  }

  async function start() {
    var uid = userId();
    var saved = savedConversation();
    var response = await fetch('api/webchat/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ userId: uid, conversationId: saved && saved.conversationId, persona: localStorage.getItem(PENDING_PERSONA_KEY) || undefined })
    });
    localStorage.removeItem(PENDING_PERSONA_KEY);
    if (!response.ok) {
      showStatus('暂时无法连接环保助手，请稍后刷新页面重试。');
      return;
    }
    var grant = await response.json();
    var options = { domain: location.origin + '/v3/directline', token: grant.token };
    if (grant.resumed) {
      options.conversationId = grant.conversationId;
      if (saved && saved.watermark) {
        options.watermark = saved.watermark;
      }
    }
    var directLine = window.WebChat.createDirectLine(options);

    function remember() {
      localStorage.setItem(CONVERSATION_KEY, JSON.stringify({
        conversationId: grant.conversationId,
        watermark: typeof directLine.watermark === 'string' ? directLine.watermark : undefined
      }));
    }
    remember();
    directLine.activity$.subscribe(function () { setTimeout(remember, 0); });
    directLine.connectionStatus$.subscribe(function (status) {
      // 4 = FailedToConnect: the remembered conversation is gone (e.g. a new database); start afresh.
      if (status === 4 && grant.resumed) {
        localStorage.removeItem(CONVERSATION_KEY);
        location.reload();
      }
    });

    window.WebChat.renderWebChat({
      directLine: directLine,
      userID: uid,
      locale: 'zh-CN',
      styleOptions: {
        // Issue 10: enterprises answer rectification items with a photo or file through the upload button (stored
        // by the Direct Line upload endpoint); the chooser offers the extensions AttachmentRules accepts.
        uploadAccept: '.jpg,.jpeg,.png,.gif,.bmp,.webp,.pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.wps,.et',
        // A health check (体检记录) is one finding a line: Shift+Enter starts a new line, Enter sends.
        sendBoxTextWrap: true,
        botAvatarInitials: '环保',
        userAvatarInitials: '我',
        accent: '#1d6b46'
      }
    }, document.getElementById('webchat'));
    document.querySelector('#webchat > *') && document.querySelector('#webchat').focus();
  }

  offerPersonas().catch(function () { /* demo mode off or unreachable: no selector */ });
  start().catch(function () {
    showStatus('暂时无法连接环保助手，请稍后刷新页面重试。');
  });
})();

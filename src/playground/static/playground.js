/*
 * The playground page: pick a demo person, a partnership channel (or your personal chat) and start a Web Chat
 * conversation with the relay in the app. Plain browser JavaScript, no build step. Every change of person or
 * place starts a new conversation (the relay shows the channel's history, so nothing is lost).
 */
(function () {
  'use strict';

  var ROLE_WORDS = { member: 'lid', coordinator: 'coördinator', lead: 'regioleider' };
  var config = null;
  var current = null;

  function $(id) { return document.getElementById(id); }

  function option(value, text) {
    var el = document.createElement('option');
    el.value = value;
    el.textContent = text;
    return el;
  }

  function peopleFor(channel, role) {
    return config.people.filter(function (p) {
      return p.seats.some(function (s) { return s.channel === channel && s.role === role; });
    });
  }

  function fillPeople() {
    var previous = $('person').value;
    var people = peopleFor($('partnership').value, $('role').value);
    $('person').replaceChildren.apply($('person'), people.map(function (p) { return option(p.slug, p.name); }));
    if (people.some(function (p) { return p.slug === previous; })) $('person').value = previous;
    $('person').disabled = people.length === 0;
    if (!people.length) $('person').replaceChildren(option('', '(niemand met deze rol)'));
  }

  function choice() {
    return {
      persona: $('person').value,
      channel: $('partnership').value,
      place: document.querySelector('input[name=place]:checked').value,
      cardActions: $('cardActions').value,
    };
  }

  function personOf(slug) {
    return config.people.find(function (p) { return p.slug === slug; });
  }

  function initials(name) {
    return name.split(' ').filter(function (w) { return /^[A-Z]/.test(w); }).map(function (w) { return w[0]; }).join('').slice(0, 2);
  }

  function describe(c) {
    var person = personOf(c.persona);
    var channel = config.channels.find(function (ch) { return ch.slug === c.channel; });
    var where = c.place === 'channel' ? channel.name + ' › Algemeen' : 'je persoonlijke chat met Oogst';
    return 'Je bent ' + person.name + ' (' + ROLE_WORDS[$('role').value] + ' bij ' + channel.name + '), in ' + where + '.';
  }

  async function refreshLinks(c) {
    var res = await fetch('/playground/config?persona=' + encodeURIComponent(c.persona) + '&channel=' + encodeURIComponent(c.channel));
    var links = res.ok ? (await res.json()).links : [];
    var list = $('link-list');
    list.replaceChildren.apply(list, links.map(function (link) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = link.href;
      a.target = '_blank';
      a.rel = 'noopener';
      a.textContent = link.label;
      li.appendChild(a);
      return li;
    }));
    $('links').hidden = links.length === 0;
  }

  async function startConversation() {
    var c = choice();
    if (current) current.directLine.end();
    current = null;
    if (!c.persona) {
      $('who').textContent = 'Niemand heeft deze rol in dit partnerschap. Kies een andere rol.';
      return;
    }
    var res = await fetch('/playground/directline/tokens/generate', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(c),
    });
    if (!res.ok) {
      $('who').textContent = 'Kon geen gesprek starten: ' + ((await res.json()).error || {}).message;
      return;
    }
    var session = await res.json();
    var person = personOf(c.persona);
    var directLine = window.WebChat.createDirectLine({
      domain: location.origin + '/playground/directline',
      token: session.token,
      webSocket: false,
      pollingInterval: 300,
    });
    var store = window.WebChat.createStore();
    // A fresh element per conversation: Web Chat keeps its state in the element it was rendered into.
    var fresh = document.createElement('div');
    fresh.id = 'webchat';
    fresh.setAttribute('role', 'main');
    $('webchat').replaceWith(fresh);
    window.WebChat.renderWebChat({
      directLine: directLine,
      store: store,
      userID: person.userId,
      username: person.name,
      locale: person.locale === 'en' ? 'en-US' : 'nl-NL',
      styleOptions: {
        accent: '#3f6b2e',
        botAvatarInitials: 'O',
        userAvatarInitials: initials(person.name),
        hideUploadButton: true,
        bubbleBorderRadius: 8,
        bubbleFromUserBackground: '#e9dfc4',
        backgroundColor: '#faf8f2',
      },
    }, fresh);
    current = { directLine: directLine, store: store, conversationId: session.conversationId };
    fresh.dataset.conversationId = session.conversationId;
    $('who').textContent = describe(c);
    refreshLinks(c).catch(function (error) { console.error('playground: links', error); });
  }

  function send(text) {
    if (current) current.store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: text } });
  }

  function restart() {
    startConversation().catch(function (error) { console.error('playground: could not start a conversation', error); });
  }

  async function init() {
    config = await (await fetch('/playground/config')).json();
    var partnership = $('partnership');
    partnership.replaceChildren.apply(partnership, config.channels.map(function (ch) { return option(ch.slug, ch.name); }));
    $('role').value = 'coordinator';
    fillPeople();
    var commands = $('commands');
    commands.replaceChildren.apply(commands, config.commands.map(function (command) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'command';
      button.dataset.text = command.text;
      button.textContent = command.label;
      button.addEventListener('click', function () { send(command.text); });
      return button;
    }));
    partnership.addEventListener('change', function () { fillPeople(); restart(); });
    $('role').addEventListener('change', function () {
      // A regional lead reads the digest in a personal chat; members and coordinators work in the channel.
      document.querySelector('input[name=place][value=' + ($('role').value === 'lead' ? 'personal' : 'channel') + ']').checked = true;
      fillPeople();
      restart();
    });
    $('person').addEventListener('change', restart);
    $('cardActions').addEventListener('change', restart);
    document.querySelectorAll('input[name=place]').forEach(function (el) { el.addEventListener('change', restart); });
    $('choice').addEventListener('submit', function (event) { event.preventDefault(); restart(); });
    restart();
  }

  init().catch(function (error) { console.error('playground: could not load', error); });
})();

(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('zhpipe-data').textContent);
  var textEl = document.getElementById('text');
  var tip = document.getElementById('tip');
  var toggle = document.getElementById('toggle');
  var origLang = textEl.lang;
  var simplified = false;
  var labels = {person: '人', organization: '機', place: '地', order: '令', document: '文', date: '時', quantity: '量'};
  var names = {person: 'Person', organization: 'Organization', place: 'Place', order: 'Order', document: 'Document', date: 'Date', quantity: 'Quantity'};

  // Items are ranges in UTF-16 units (JavaScript string indexes). kind 0 is a
  // paragraph, 1 an outline target, 2 a highlight; at the same start the
  // longer range (then the lower kind) encloses the other.
  function order(a, b) { return a.s - b.s || b.e - a.e || a.kind - b.kind || a.i - b.i; }

  // splitLines cuts [s, e) at line breaks, so that no element spans two paragraphs.
  function splitLines(text, s, e, make) {
    var out = [];
    while (s < e) {
      var nl = text.indexOf('\n', s);
      var end = (nl < 0 || nl >= e) ? e : nl;
      if (end > s) out.push(make(s, end, out.length > 0));
      s = end + 1;
    }
    return out;
  }

  function build(text, sk, ek) {
    var items = [], i, k;
    var pi = 0, p = 0;
    for (;;) {
      var nl = text.indexOf('\n', p);
      var end = nl < 0 ? text.length : nl;
      items.push({s: p, e: end, kind: 0, i: pi++});
      if (nl < 0) break;
      p = nl + 1;
    }
    data.targets.forEach(function (t, ti) {
      items.push.apply(items, splitLines(text, t[sk], t[ek], function (s, e, cont) { return {s: s, e: e, kind: 1, i: ti, cont: cont}; }));
    });
    data.highlights.forEach(function (h, hi) {
      items.push.apply(items, splitLines(text, h[sk], h[ek], function (s, e, cont) { return {s: s, e: e, kind: 2, i: hi, cont: cont}; }));
    });
    items.sort(order);
    var frag = document.createDocumentFragment();
    var stack = [{el: frag, e: Infinity}];
    var pos = 0;
    function emit(to) {
      if (to > pos) { stack[stack.length - 1].el.appendChild(document.createTextNode(text.slice(pos, to))); pos = to; }
    }
    function close() { emit(stack[stack.length - 1].e); stack.pop(); }
    for (k = 0; k < items.length; k++) {
      var x = items[k];
      while (stack.length > 1 && stack[stack.length - 1].e <= x.s) close();
      if (x.kind === 0) { // paragraphs sit at the top level; text between them is a line break
        while (stack.length > 1) close();
        pos = Math.max(pos, x.s);
      }
      emit(x.s);
      var top = stack[stack.length - 1];
      var e = x.e;
      if (e > top.e) { // crosses the enclosing element: split, keep the rest for later
        var rest = {s: top.e, e: x.e, kind: x.kind, i: x.i, cont: true};
        var j = k + 1;
        while (j < items.length && order(items[j], rest) < 0) j++;
        items.splice(j, 0, rest);
        e = top.e;
      }
      var el = makeElement(x);
      top.el.appendChild(el);
      stack.push({el: el, e: e});
    }
    while (stack.length > 1) close();
    return frag;
  }

  function makeElement(x) {
    var el;
    if (x.kind === 0) {
      el = document.createElement('p');
      el.id = 'p' + x.i;
    } else if (x.kind === 1) {
      el = document.createElement('span');
      el.className = 'tg tg-' + data.targets[x.i].kind;
      if (!x.cont) { el.id = 't' + x.i; el.tabIndex = -1; }
    } else {
      var h = data.highlights[x.i];
      el = document.createElement('mark');
      el.className = 'hl hl-' + h.type + (x.cont ? ' cont' : '');
      el.setAttribute('data-h', x.i);
      el.setAttribute('data-type', h.type);
      el.setAttribute('data-label', labels[h.type] || '?');
      if (!x.cont) el.tabIndex = 0;
    }
    return el;
  }

  function render() {
    var text = simplified ? data.simplified : data.text;
    var frag = simplified ? build(text, 'sstart', 'send') : build(text, 'start', 'end');
    hideTip();
    textEl.textContent = '';
    textEl.appendChild(frag);
    textEl.lang = simplified ? 'zh-Hans' : origLang;
  }

  function showTip(el) {
    var h = data.highlights[+el.getAttribute('data-h')];
    if (!h) return;
    tip.textContent = '';
    var head = document.createElement('div');
    head.className = 'head';
    head.textContent = names[h.type] + (h.ref ? ' ' + h.ref : '') + ' · ' + (simplified ? h.simplified : h.text);
    tip.appendChild(head);
    var table = document.createElement('table');
    var rows = [simplified ? ['In the original text', h.text] : ['In the Simplified text', h.simplified]].concat(data.notes[h.note] || []);
    rows.forEach(function (d) {
      if (!d[1]) return;
      var tr = table.insertRow();
      var th = document.createElement('th');
      th.textContent = d[0];
      tr.appendChild(th);
      tr.insertCell().textContent = d[1];
    });
    tip.appendChild(table);
    tip.hidden = false;
    var r = el.getBoundingClientRect();
    var left = Math.min(r.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8);
    tip.style.left = Math.max(4, left) + 'px';
    tip.style.top = (r.bottom + window.scrollY + 6) + 'px';
    el.setAttribute('aria-describedby', 'tip');
  }
  function hideTip() {
    tip.hidden = true;
    var cur = textEl.querySelector('[aria-describedby="tip"]');
    if (cur) cur.removeAttribute('aria-describedby');
  }
  function markOf(ev) { return ev.target.closest ? ev.target.closest('mark.hl[data-h]') : null; }
  textEl.addEventListener('mouseover', function (ev) { var m = markOf(ev); if (m) showTip(m); });
  textEl.addEventListener('mouseout', function (ev) { if (markOf(ev) && document.activeElement !== markOf(ev)) hideTip(); });
  textEl.addEventListener('focusin', function (ev) { var m = markOf(ev); if (m) showTip(m); });
  textEl.addEventListener('focusout', hideTip);
  document.addEventListener('keydown', function (ev) { if (ev.key === 'Escape') hideTip(); });

  document.addEventListener('click', function (ev) {
    var b = ev.target.closest ? ev.target.closest('button.go') : null;
    if (!b) return;
    var el = document.getElementById('t' + b.getAttribute('data-t'));
    if (!el) return;
    el.scrollIntoView({block: 'center', behavior: 'smooth'});
    el.focus({preventScroll: true});
    el.classList.add('flash');
    setTimeout(function () { el.classList.remove('flash'); }, 1800);
  });

  toggle.addEventListener('click', function () {
    simplified = !simplified;
    toggle.setAttribute('aria-pressed', String(simplified));
    toggle.textContent = simplified ? 'Show original 原文' : 'Show Simplified 简体';
    render();
  });
  document.getElementById('labels').addEventListener('change', function (ev) {
    document.body.classList.toggle('nolabels', !ev.target.checked);
  });

  render();

  // #h12 focuses highlight 12 (a link to one mention), showing its details.
  var m = /^#h(\d+)$/.exec(location.hash);
  if (m) {
    var target = textEl.querySelector('mark.hl[data-h="' + m[1] + '"]');
    if (target) { target.scrollIntoView({block: 'center'}); target.focus({preventScroll: true}); }
  }

  // #probe records where things are drawn, for the browser test that
  // compares the DOM with the screenshot (CSS pixels of the first viewport).
  if (location.hash === '#probe' || location.hash === '#probe-simplified') {
    if (location.hash === '#probe-simplified') toggle.click();
    var probe = {dpr: window.devicePixelRatio, width: window.innerWidth, height: window.innerHeight, text: rect(textEl), highlights: [], glyphs: []};
    var seen = {};
    Array.prototype.forEach.call(textEl.querySelectorAll('mark.hl[data-h]:not(.cont)'), function (m) {
      var t = m.getAttribute('data-type');
      var r = m.getClientRects()[0];
      if (!r || r.bottom > window.innerHeight || (seen[t] || 0) >= 12) return;
      seen[t] = (seen[t] || 0) + 1;
      probe.highlights.push({type: t, index: +m.getAttribute('data-h'), x: r.left, y: r.top, w: r.width, h: r.height});
    });
    var walker = document.createTreeWalker(textEl, NodeFilter.SHOW_TEXT);
    var han = /[\u3400-\u9fff]/;
    var range = document.createRange();
    for (var node = walker.nextNode(); node && probe.glyphs.length < 80; node = walker.nextNode()) {
      if (node.parentNode.closest('mark')) continue; // plain text only: no background behind the glyph
      for (var c = 0; c < node.data.length && probe.glyphs.length < 80; c++) {
        if (!han.test(node.data[c])) continue;
        range.setStart(node, c);
        range.setEnd(node, c + 1);
        var r = range.getBoundingClientRect();
        if (r.bottom > window.innerHeight || r.width < 4) continue;
        probe.glyphs.push({ch: node.data[c], x: r.left, y: r.top, w: r.width, h: r.height});
      }
    }
    var s = document.createElement('script');
    s.type = 'application/json';
    s.id = 'zhpipe-probe';
    s.textContent = JSON.stringify(probe);
    document.body.appendChild(s);
  }
  function rect(el) { var r = el.getBoundingClientRect(); return {x: r.left, y: r.top, w: r.width, h: r.height}; }
})();

/*
 * Replica behaviour of the current (2026) weui-desktop Vue forms (docs/console-notes.md §18.1), for the
 * pages that load it after runtime.js. Plain script, no inline code.
 *
 *   [data-replica-cascade]               a cascading dropdown: its head (…__dt) opens the list; a first-level
 *                                        item (module-has-options) only shows its second level; a second-level
 *                                        item writes the head (one __dt__value_ele per level) and closes it
 *   [data-replica-scan-after="MS"]       a QR block: MS after it appears, its [data-replica-scan-status]
 *                                        reads 已验证成功 (the legal representative scanned)
 *   [data-replica-rerender-on-blur="ID"] leaving this input re-renders the block #ID from its template
 *                                        ([data-replica-block="ID"]) after 300 ms, keeping the file name it
 *                                        showed: the new file input is empty (填写小程序信息's check_nickname)
 *   [data-replica-counter-for="NAME"]    shows "<n>/<max>" for textarea[name=NAME], a Chinese character counting 2
 */
/* global HTMLTextAreaElement, MutationObserver */
(function () {
  'use strict';
  var VALUE_CLASS = 'weui-desktop-form__dropdowncascade__dt__value_ele';

  function headOf(cascade) { return cascade.querySelector('.weui-desktop-form__dropdowncascade__dt'); }
  function listOf(cascade) { return cascade.querySelector('.weui-desktop-form__dropdowncascade__dd'); }

  document.addEventListener('click', function (event) {
    var target = event.target instanceof Element ? event.target : null;
    var cascade = target && target.closest('[data-replica-cascade]');
    if (!cascade) return;
    var head = headOf(cascade);
    var list = listOf(cascade);
    if (head && head.contains(target)) { list.hidden = !list.hidden; return; }
    var item = target.closest('li');
    if (!item || !list.contains(item)) return;
    var group = item.getAttribute('data-cascade-group');
    if (group !== null) {
      list.querySelectorAll('li[data-cascade-group]').forEach(function (li) { li.classList.toggle('checked', li === item); });
      list.querySelectorAll('[data-cascade-items]').forEach(function (ul) { ul.hidden = ul.getAttribute('data-cascade-items') !== group; });
      return;
    }
    var ul = item.closest('[data-cascade-items]');
    ul.querySelectorAll('li').forEach(function (li) { li.classList.toggle('checked', li === item); });
    var parts = [ul.getAttribute('data-cascade-items'), item.textContent.trim()];
    head.replaceChildren.apply(head, parts.map(function (p) {
      var span = document.createElement('span');
      span.className = VALUE_CLASS;
      span.textContent = p;
      return span;
    }));
    list.hidden = true;
  });

  function length(value) {
    var n = 0;
    for (var i = 0; i < value.length; i++) n += /[\u1100-\uffe6]/.test(value.charAt(i)) ? 2 : 1;
    return n;
  }

  document.addEventListener('input', function (event) {
    var input = event.target;
    if (!(input instanceof HTMLTextAreaElement) || !input.name) return;
    var counter = document.querySelector('[data-replica-counter-for="' + input.name + '"]');
    if (counter) counter.textContent = length(input.value) + '/' + counter.getAttribute('data-replica-max');
  });

  document.addEventListener('focusout', function (event) {
    var input = event.target;
    var id = input instanceof Element ? input.getAttribute('data-replica-rerender-on-blur') : null;
    if (!id) return;
    setTimeout(function () {
      var block = document.getElementById(id);
      var tpl = document.querySelector('template[data-replica-block="' + id + '"]');
      if (!block || !tpl) return;
      var shown = block.querySelector('[data-replica-file-name]');
      var fresh = document.importNode(tpl.content, true).firstElementChild;
      var name = fresh.querySelector('[data-replica-file-name]');
      if (shown && name) name.textContent = shown.textContent; // the file name still shows…
      block.replaceWith(fresh); // …but the upload (and its hidden field) is gone
    }, 300);
  });

  document.addEventListener('change', function (event) {
    var input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== 'file') return;
    var block = input.closest('[data-replica-upload]');
    var name = block && block.querySelector('[data-replica-file-name]');
    var hidden = block && block.querySelector('input[type=hidden]');
    var file = input.files && input.files[0];
    if (name) name.textContent = file ? file.name : '未选择文件';
    if (hidden) hidden.value = file ? 'fid_' + file.size : '';
  });

  function armScans(root) {
    root.querySelectorAll('[data-replica-scan-after]:not([data-replica-armed])').forEach(function (qr) {
      qr.setAttribute('data-replica-armed', '');
      setTimeout(function () {
        var status = qr.querySelector('[data-replica-scan-status]');
        if (status && qr.isConnected) status.textContent = '已验证成功';
      }, Number(qr.getAttribute('data-replica-scan-after')) || 0);
    });
  }
  new MutationObserver(function () { armScans(document); }).observe(document.documentElement, { childList: true, subtree: true });
  armScans(document);
})();

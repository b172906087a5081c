// The publicity CMS's body editor: a plain textarea with a small toolbar that wraps the selection in the few tags the
// server's sanitiser keeps (ADR 0018). No inline script, no third-party editor: the server decides what survives.
(function () {
    'use strict';
    document.querySelectorAll('[data-editor-for]').forEach(function (toolbar) {
        var area = document.getElementById(toolbar.getAttribute('data-editor-for'));
        if (!area) {
            return;
        }

        function replaceSelection(make) {
            var start = area.selectionStart;
            var end = area.selectionEnd;
            var selected = area.value.substring(start, end);
            var text = make(selected);
            area.setRangeText(text, start, end, 'end');
            area.focus();
        }

        toolbar.addEventListener('click', function (event) {
            var button = event.target.closest('button');
            if (!button) {
                return;
            }

            var wrap = button.getAttribute('data-wrap');
            var list = button.getAttribute('data-list');
            if (wrap) {
                replaceSelection(function (s) { return '<' + wrap + '>' + s + '</' + wrap + '>'; });
            } else if (list) {
                replaceSelection(function (s) {
                    var items = s.split(/\r?\n/).filter(function (line) { return line.trim() !== ''; });
                    if (items.length === 0) {
                        items = [''];
                    }

                    return '<' + list + '>' + items.map(function (line) { return '<li>' + line.trim() + '</li>'; }).join('') + '</' + list + '>';
                });
            } else if (button.hasAttribute('data-link')) {
                var href = window.prompt('链接地址（http:// 或 https:// 开头）', 'https://');
                if (!href || !/^https?:\/\//i.test(href)) {
                    return;
                }

                replaceSelection(function (s) {
                    var safe = href.replace(/"/g, '%22');
                    return '<a href="' + safe + '">' + (s || safe) + '</a>';
                });
            }
        });
    });
})();

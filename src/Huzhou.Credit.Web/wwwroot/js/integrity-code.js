// The citizen's integrity code page: asks for a fresh code before the shown one expires (and when the page becomes
// visible again), so what the verifier scans is always current and a screenshot goes stale.
(function () {
    'use strict';
    var page = document.getElementById('citizen-code');
    if (!page || !window.fetch) {
        return;
    }

    var timer = null;
    function schedule(seconds) {
        if (timer) { window.clearTimeout(timer); }
        timer = window.setTimeout(refresh, Math.max(10, seconds) * 1000);
    }

    function refresh() {
        fetch('/citizen/code', { credentials: 'same-origin', cache: 'no-store' })
            .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
            .then(function (data) {
                document.getElementById('qr').src = data.qr;
                document.getElementById('code').value = data.code;
                var d = new Date(data.expiresAt);
                document.getElementById('expires').textContent = d.toLocaleTimeString('zh-CN', { hour12: false, timeZone: 'Asia/Shanghai' });
                schedule(data.refreshSeconds);
            })
            .catch(function () { schedule(15); });
    }

    document.addEventListener('visibilitychange', function () { if (!document.hidden) { refresh(); } });
    schedule(parseInt(page.getAttribute('data-refresh-seconds'), 10) || 60);
})();

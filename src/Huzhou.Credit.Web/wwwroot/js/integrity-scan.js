// The verifier's camera scan (诚信码核验): where the browser offers BarcodeDetector (Chromium on Android), a button
// opens the rear camera and fills the code field with the first QR code seen, then submits. Elsewhere the field takes
// a hardware scanner's input or a pasted code.
(function () {
    'use strict';
    var button = document.getElementById('scan-button');
    var video = document.getElementById('scan-video');
    var field = document.getElementById('code');
    if (!button || !video || !field || !('BarcodeDetector' in window) || !navigator.mediaDevices) {
        return;
    }

    button.classList.remove('d-none');
    button.addEventListener('click', function () {
        var detector = new window.BarcodeDetector({ formats: ['qr_code'] });
        navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }).then(function (stream) {
            video.srcObject = stream;
            video.classList.remove('d-none');
            video.play();
            var stop = function () { stream.getTracks().forEach(function (t) { t.stop(); }); video.classList.add('d-none'); };
            var look = function () {
                detector.detect(video).then(function (codes) {
                    if (codes.length > 0) {
                        stop();
                        field.value = codes[0].rawValue;
                        document.getElementById('verify-form').submit();
                    } else {
                        window.requestAnimationFrame(look);
                    }
                }).catch(function () { window.requestAnimationFrame(look); });
            };
            look();
        }).catch(function () {
            button.textContent = '无法打开摄像头，请手动输入';
            button.disabled = true;
        });
    });
})();

// The verifier's camera scan (诚信码核验): a button opens the rear camera and fills the code field with the first QR
// code seen, then submits. Where the browser's BarcodeDetector reads QR codes (Chrome on Android, Safari on macOS) it
// decodes the frames; elsewhere (iPhone Safari, Firefox, desktop Chromium on Linux) the frames are drawn to an
// off-screen canvas and decoded by jsQR (npm package jsqr, copied to /lib/jsqr/jsQR.js at build time and loaded by the
// page before this file). Without a camera the field takes a hardware scanner's input or a pasted code.
(function () {
    'use strict';
    var button = document.getElementById('scan-button');
    var video = document.getElementById('scan-video');
    var field = document.getElementById('code');
    var form = document.getElementById('verify-form');
    if (!button || !video || !field || !form || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
        return;
    }

    // A decoder is a function (video) -> Promise of the QR text or null.
    function nativeDecoder() {
        if (!('BarcodeDetector' in window) || typeof window.BarcodeDetector.getSupportedFormats !== 'function') {
            return Promise.resolve(null);
        }
        return window.BarcodeDetector.getSupportedFormats().then(function (formats) {
            if (formats.indexOf('qr_code') < 0) {
                return null;
            }
            var detector = new window.BarcodeDetector({ formats: ['qr_code'] });
            return function (source) {
                return detector.detect(source).then(function (codes) { return codes.length > 0 ? codes[0].rawValue : null; });
            };
        }).catch(function () { return null; });
    }

    function jsQrDecoder() {
        if (typeof window.jsQR !== 'function') {
            return null;
        }
        var canvas = document.createElement('canvas');
        var context = canvas.getContext('2d', { willReadFrequently: true });
        if (!context) {
            return null;
        }
        return function (source) {
            var width = source.videoWidth;
            var height = source.videoHeight;
            if (!width || !height) {
                return Promise.resolve(null);
            }
            // At most 800 px on the long side: enough for a phone-screen code, cheap enough for a phone CPU.
            var scale = Math.min(1, 800 / Math.max(width, height));
            canvas.width = Math.round(width * scale);
            canvas.height = Math.round(height * scale);
            context.drawImage(source, 0, 0, canvas.width, canvas.height);
            var image = context.getImageData(0, 0, canvas.width, canvas.height);
            var code = window.jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' });
            return Promise.resolve(code && code.data ? code.data : null);
        };
    }

    nativeDecoder().then(function (native) {
        var decode = native || jsQrDecoder();
        if (!decode) {
            return;
        }
        button.dataset.decoder = native ? 'barcode-detector' : 'jsqr';
        button.classList.remove('d-none');
        button.addEventListener('click', function () {
            button.disabled = true;
            navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false }).then(function (stream) {
                var running = true;
                var stop = function () {
                    running = false;
                    stream.getTracks().forEach(function (t) { t.stop(); });
                    video.classList.add('d-none');
                    button.disabled = false;
                };
                window.addEventListener('pagehide', stop);
                video.srcObject = stream;
                video.classList.remove('d-none');
                var played = video.play();
                if (played && typeof played.catch === 'function') {
                    played.catch(function () { /* muted + playsinline: autoplay is allowed; a refusal shows a still frame */ });
                }
                var look = function () {
                    if (!running) {
                        return;
                    }
                    var next = function () { window.setTimeout(function () { window.requestAnimationFrame(look); }, 120); };
                    if (video.readyState < 2) {
                        next();
                        return;
                    }
                    decode(video).then(function (text) {
                        if (text && running) {
                            stop();
                            field.value = text;
                            form.submit();
                        } else {
                            next();
                        }
                    }).catch(next);
                };
                look();
            }).catch(function () {
                button.textContent = '无法打开摄像头，请手动输入';
                button.disabled = true;
            });
        });
    });
})();

// The self check-in page: plain script, no framework, nothing loaded from elsewhere.
(function () {
  'use strict';

  var TEXT = {
    vi: {
      switch: 'English', title: 'Khai báo ra vào', name: 'Họ và tên', phone: 'Số điện thoại',
      document: 'Số CCCD / CMND', direction: 'Bạn đang', in: 'Vào', out: 'Ra', submit: 'Gửi',
      again: 'Khai báo người khác', loading: 'Đang tải…', unknownVenue: 'Không tìm thấy địa điểm này. Hãy quét lại mã QR.',
      privacy: 'Thông tin chỉ dùng cho truy vết dịch tễ và được xoá khi hết thời hạn lưu giữ.',
      doneIn: 'Đã ghi nhận bạn VÀO', doneOut: 'Đã ghi nhận bạn RA', at: 'lúc',
      badName: 'Họ và tên: chỉ gồm chữ cái và khoảng trắng, tối đa 100 ký tự.',
      badPhone: 'Số điện thoại: số di động Việt Nam gồm 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09.',
      badDocument: 'Số CCCD (12 chữ số) hoặc CMND (9 chữ số).',
      badDirection: 'Hãy chọn Vào hoặc Ra.', tooMany: 'Gửi quá nhiều lần. Hãy thử lại sau ít phút.',
      failed: 'Không gửi được. Hãy kiểm tra kết nối và thử lại.'
    },
    en: {
      switch: 'Tiếng Việt', title: 'Check in / out', name: 'Full name', phone: 'Phone number',
      document: 'Citizen ID (CCCD / CMND) number', direction: 'You are', in: 'Entering', out: 'Leaving', submit: 'Send',
      again: 'Check in someone else', loading: 'Loading…', unknownVenue: 'This venue was not found. Please scan the QR code again.',
      privacy: 'Used only for contact tracing, and deleted when the retention period ends.',
      doneIn: 'You are checked IN', doneOut: 'You are checked OUT', at: 'at',
      badName: 'Full name: letters and spaces only, at most 100 characters.',
      badPhone: 'Phone: a Vietnamese mobile number, 10 digits starting 03, 05, 07, 08 or 09.',
      badDocument: 'A CCCD number (12 digits) or a CMND number (9 digits).',
      badDirection: 'Choose Entering or Leaving.', tooMany: 'Too many attempts. Please try again in a few minutes.',
      failed: 'Could not send. Check the connection and try again.'
    }
  };
  var FIELD_MESSAGE = { name: 'badName', phone: 'badPhone', documentNumber: 'badDocument', direction: 'badDirection' };

  var lang = (localStorage.getItem('qrgate.lang') === 'en') ? 'en' : 'vi';
  var code = decodeURIComponent(location.pathname.replace(/^\/c\//, '').replace(/\/$/, ''));
  var api = '/api/v1/self-checkin/' + encodeURIComponent(code);
  var $ = function (id) { return document.getElementById(id); };
  var lastError = null;
  var lastDone = null;

  function t(key) { return TEXT[lang][key]; }

  function render() {
    document.documentElement.lang = lang;
    document.title = t('title');
    Array.prototype.forEach.call(document.querySelectorAll('[data-t]'), function (el) {
      el.textContent = t(el.getAttribute('data-t'));
    });
    $('error').textContent = lastError ? t(lastError) : '';
    if (lastDone) {
      $('doneText').textContent = t(lastDone.direction === 'OUT' ? 'doneOut' : 'doneIn');
      $('doneTime').textContent = t('at') + ' ' + lastDone.time + ' — ' + lastDone.venue;
    }
  }

  function showError(key, field) {
    lastError = key;
    ['name', 'phone', 'documentNumber'].forEach(function (f) {
      $(f).setAttribute('aria-invalid', f === field ? 'true' : 'false');
    });
    render();
    if (field && $(field)) { $(field).focus(); }
  }

  function loadVenue() {
    $('venue').textContent = t('loading');
    fetch(api, { headers: { Accept: 'application/json' } }).then(function (r) {
      if (!r.ok) { throw new Error('venue ' + r.status); }
      return r.json();
    }).then(function (body) {
      $('venue').textContent = body.venue.name;
      $('form').hidden = false;
    }).catch(function () {
      $('venue').textContent = t('unknownVenue');
    });
  }

  $('lang').addEventListener('click', function () {
    lang = lang === 'vi' ? 'en' : 'vi';
    localStorage.setItem('qrgate.lang', lang);
    render();
  });

  $('form').addEventListener('submit', function (e) {
    e.preventDefault();
    var direction = document.querySelector('input[name=direction]:checked');
    var body = {
      name: $('name').value.trim(),
      phone: $('phone').value.trim(),
      documentNumber: $('documentNumber').value.trim(),
      direction: direction ? direction.value : ''
    };
    $('submit').disabled = true;
    fetch(api, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
      .then(function (r) {
        return r.json().then(function (json) { return { status: r.status, json: json }; });
      }).then(function (res) {
        if (res.status === 201) {
          lastError = null;
          lastDone = { direction: body.direction, venue: res.json.venue.name, time: res.json.scannedAt.substring(11, 16) };
          $('form').hidden = true;
          $('done').hidden = false;
          render();
        } else if (res.status === 400 && FIELD_MESSAGE[res.json.field]) {
          showError(FIELD_MESSAGE[res.json.field], res.json.field);
        } else if (res.status === 429) {
          showError('tooMany');
        } else {
          showError('failed');
        }
      }).catch(function () { showError('failed'); })
      .then(function () { $('submit').disabled = false; });
  });

  $('again').addEventListener('click', function () {
    lastDone = null;
    $('form').reset();
    $('done').hidden = true;
    $('form').hidden = false;
    render();
    $('name').focus();
  });

  render();
  loadVenue();
}());

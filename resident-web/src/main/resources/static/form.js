// The form's map and the photo size check. Without this script the form still works: no point, and the server
// checks the photos itself.
(function () {
  'use strict';
  var form = document.getElementById('appeal-form');
  if (!form) { return; }

  // Photos: say at once which file is too big or not a photo, before the resident waits for an upload.
  var photos = document.getElementById('photos');
  var warning = document.getElementById('photos-warning');
  var maxBytes = Number(form.getAttribute('data-max-bytes'));
  var maxSize = form.getAttribute('data-max-size');
  var maxPhotos = Number(form.getAttribute('data-max-photos'));
  function checkPhotos() {
    var problems = [];
    var files = photos.files || [];
    if (files.length > maxPhotos) {
      problems.push('Можно приложить не больше ' + maxPhotos + ' фотографий.');
    }
    for (var i = 0; i < files.length; i++) {
      var file = files[i];
      if (maxBytes && file.size > maxBytes) {
        problems.push('Файл «' + file.name + '» слишком большой: можно не больше ' + maxSize + '.');
      } else if (file.type && file.type !== 'image/jpeg' && file.type !== 'image/png') {
        problems.push('Файл «' + file.name + '» — не фотография JPEG или PNG.');
      }
    }
    warning.textContent = problems.join(' ');
  }
  if (photos && warning) { photos.addEventListener('change', checkPhotos); }

  // The map: a click (or "mark the centre") sets the hidden lat/lon fields.
  var mapElement = document.getElementById('map');
  if (!mapElement || typeof L === 'undefined') { return; }
  var lat = document.getElementById('lat');
  var lon = document.getElementById('lon');
  var pointText = document.getElementById('point-text');
  var map = L.map(mapElement, { keyboard: true }).setView([49.5, 44.5], 6);
  var tiles = mapElement.getAttribute('data-tiles');
  if (tiles) {
    L.tileLayer(tiles, { maxZoom: 19, attribution: mapElement.getAttribute('data-attribution') || '' }).addTo(map);
  }
  var marker = null;
  function show(latitude, longitude) {
    lat.value = latitude.toFixed(6);
    lon.value = longitude.toFixed(6);
    if (marker) { marker.setLatLng([latitude, longitude]); } else { marker = L.marker([latitude, longitude]).addTo(map); }
    pointText.textContent = 'Отмечено место: ' + lat.value + ', ' + lon.value;
  }
  function clear() {
    lat.value = ''; lon.value = '';
    if (marker) { map.removeLayer(marker); marker = null; }
    pointText.textContent = 'Место на карте не отмечено.';
  }
  map.on('click', function (event) { show(event.latlng.lat, event.latlng.lng); });
  document.getElementById('mark-center').addEventListener('click', function () {
    var centre = map.getCenter(); show(centre.lat, centre.lng);
  });
  document.getElementById('clear-point').addEventListener('click', clear);
  var buttons = document.querySelectorAll('.js-only');
  for (var i = 0; i < buttons.length; i++) { buttons[i].hidden = false; }
  if (lat.value && lon.value && !isNaN(Number(lat.value)) && !isNaN(Number(lon.value))) {
    show(Number(lat.value), Number(lon.value));
    map.setView([Number(lat.value), Number(lon.value)], 14);
  }
})();

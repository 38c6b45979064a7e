// The media panel's page (client/src/mediaPanel.ts writes its HTML): plays the recording, draws a
// mark on the seek bar where each turn starts, and tells the extension where playback is. Its
// buttons ask the extension to run the same commands the keys run. Plain script, no dependencies.
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();
  const $ = (id) => document.getElementById(id);
  const media = $('media');
  const seek = $('seek');
  const marks = $('marks');
  const time = $('time');
  const rate = $('rate');
  const follow = $('follow');
  let turns = [];
  /** Play once the seek asked for has landed, so that the time reported for it is the time asked. */
  let playAfterSeek = false;

  const clock = (s) => {
    if (!isFinite(s)) return '–';
    const t = Math.floor(s);
    const mm = String(Math.floor(t / 60) % 60);
    const ss = String(t % 60).padStart(2, '0');
    return t >= 3600 ? `${Math.floor(t / 3600)}:${mm.padStart(2, '0')}:${ss}` : `${mm}:${ss}`;
  };

  function report(extra) {
    time.textContent = `${clock(media.currentTime)} / ${clock(media.duration)}`;
    if (!seek.matches(':active')) seek.value = String(media.currentTime);
    $('play').textContent = media.paused ? '▶' : '||';
    vscode.postMessage(Object.assign({ type: 'time', time: media.currentTime, duration: isFinite(media.duration) ? media.duration : null, paused: media.paused, rate: media.playbackRate }, extra));
  }

  function drawMarks() {
    marks.textContent = '';
    if (!(media.duration > 0)) return;
    for (const turn of turns) {
      if (turn.seconds > media.duration) continue;
      const mark = document.createElement('button');
      mark.className = 'mark';
      mark.title = `${clock(turn.seconds)} ${turn.label}`;
      mark.style.left = `${(100 * turn.seconds) / media.duration}%`;
      mark.addEventListener('click', () => (media.currentTime = turn.seconds));
      marks.appendChild(mark);
    }
  }

  function play() {
    media.play().catch((e) => vscode.postMessage({ type: 'error', message: String(e && e.message ? e.message : e) }));
  }

  media.addEventListener('loadedmetadata', () => {
    seek.max = String(media.duration);
    document.body.classList.toggle('video', media.videoHeight > 0);
    drawMarks();
    report();
  });
  for (const event of ['timeupdate', 'play', 'pause', 'ratechange']) media.addEventListener(event, () => report());
  media.addEventListener('seeked', () => {
    report({ seeked: media.currentTime });
    if (playAfterSeek) play();
    playAfterSeek = false;
  });
  media.addEventListener('error', () => {
    const message = media.error ? `${media.error.code} ${media.error.message}` : 'error';
    $('error').hidden = false;
    vscode.postMessage({ type: 'error', message });
  });

  seek.addEventListener('input', () => (media.currentTime = Number(seek.value)));
  rate.addEventListener('change', () => (media.playbackRate = Number(rate.value)));
  follow.addEventListener('change', () => vscode.postMessage({ type: 'follow', on: follow.checked }));
  for (const id of ['back', 'play', 'forward']) $(id).addEventListener('click', () => vscode.postMessage({ type: 'command', id }));

  window.addEventListener('message', (event) => {
    const m = event.data;
    switch (m && m.type) {
      case 'turns':
        turns = Array.isArray(m.turns) ? m.turns : [];
        drawMarks();
        break;
      case 'play':
        if (typeof m.at !== 'number') play();
        else {
          media.pause();
          playAfterSeek = true;
          media.currentTime = m.at;
        }
        break;
      case 'toggle':
        if (media.paused) {
          media.currentTime = Math.max(0, media.currentTime - (m.rewind || 0));
          play();
        } else media.pause();
        break;
      case 'skip':
        media.currentTime = Math.min(Math.max(0, media.currentTime + m.by), media.duration || 0);
        break;
      case 'query':
        vscode.postMessage({ type: 'answer', id: m.id, time: media.currentTime });
        break;
      case 'follow':
        follow.checked = !!m.on;
        break;
    }
  });
  vscode.postMessage({ type: 'ready' });
})();

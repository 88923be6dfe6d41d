// For course pages that embed sims: gives each sim's iframe the height the sim asks for.
// Every sim page posts { type: 'microsim-height', id, height } to its parent on load and when
// its layout changes; height is what the page inside the iframe needs, in CSS pixels. Include
// this file once on the course page:
//   <script src="embed-resize.js"></script>
// Iframes keep their fixed height until a message arrives, so the page also works without it.
window.addEventListener('message', (event) => {
  const msg = event.data;
  if (!msg || msg.type !== 'microsim-height' || !Number.isFinite(msg.height)) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow !== event.source) continue;
    // With box-sizing: border-box (common in site themes) the height includes the borders.
    const borders = getComputedStyle(frame).boxSizing === 'border-box' ? frame.offsetHeight - frame.clientHeight : 0;
    frame.style.height = `${Math.ceil(msg.height) + borders}px`;
  }
});

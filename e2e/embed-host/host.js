// The host's side of the test: every event the embeds dispatch, and every message this window gets.
window.hostEvents = [];
window.hostMessages = [];
for (const type of ['step-viewed', 'outcome-reached', 'fix-answered', 'resize']) {
  document.addEventListener(`gateway-doctor:${type}`, (event) => {
    const container = event.target.id || event.target.className;
    window.hostEvents.push({ container, type: event.type, detail: event.detail });
    if (type === 'resize') return;
    const item = document.createElement('li');
    item.textContent = `${container}: ${event.type} ${event.detail.stepId}`;
    document.getElementById('log').append(item);
  });
}
window.addEventListener('message', (event) => window.hostMessages.push({ origin: event.origin, data: event.data }));

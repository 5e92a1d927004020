// The embed demo: builds the snippet from the form, mounts it, and lists the events it sends.
(() => {
  const form = document.getElementById('options');
  const snippet = document.getElementById('snippet');
  const demo = document.getElementById('demo');
  const events = document.getElementById('events');
  const script = new URL('/embed.js', window.location.href).href;

  const attributes = () => {
    const data = new FormData(form);
    const list = [['src', script]];
    for (const name of ['start', 'theme', 'accent', 'context']) {
      const value = String(data.get(name) || '').trim();
      if (value && !(name === 'theme' && value === 'auto')) list.push([`data-${name}`, value]);
    }
    return list;
  };

  const show = () => {
    const list = attributes();
    const escape = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    snippet.textContent = `<script ${list.map(([name, value]) => `${name}="${escape(value)}"`).join(' ')} async></script>`;
    demo.replaceChildren();
    const tag = document.createElement('script');
    for (const [name, value] of list) tag.setAttribute(name, value);
    tag.async = true;
    demo.append(tag);
  };

  demo.addEventListener('gateway-doctor:resize', (event) => log(event));
  for (const type of ['step-viewed', 'outcome-reached', 'fix-answered']) demo.addEventListener(`gateway-doctor:${type}`, (event) => log(event));

  function log(event) {
    const item = document.createElement('li');
    item.textContent = `${event.type} ${JSON.stringify(event.detail)}`;
    events.prepend(item);
    while (events.children.length > 30) events.lastElementChild.remove();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    events.replaceChildren();
    show();
  });
  show();
})();

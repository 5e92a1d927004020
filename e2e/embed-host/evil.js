// Another origin on the same page tries to steer the first wizard with a well-formed host command.
window.forge = () => {
  const command = { source: 'gateway-doctor-host', version: 1, command: { type: 'set-theme', theme: 'dark' } };
  for (let i = 0; i < window.parent.frames.length; i += 1) window.parent.frames[i].postMessage(command, '*');
};

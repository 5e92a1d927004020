import { StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { routes } from '@/routes/routes';
import '@/styles.css';

const router = createBrowserRouter(routes);

// The page arrives pre-rendered; hydrate only once the route's loader has fetched the step's body,
// or React would find an empty page where the HTML has content.
const hydrate = (): void => {
  hydrateRoot(
    document.getElementById('root') as HTMLElement,
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  );
};

if (router.state.initialized) hydrate();
else {
  const unsubscribe = router.subscribe((state) => {
    if (!state.initialized) return;
    unsubscribe();
    hydrate();
  });
}

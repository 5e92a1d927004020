// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ForProduct, KnownProductsProvider, Products } from '@/components/for-product';

afterEach(cleanup);

const page = (known: string[]) =>
  render(
    <KnownProductsProvider value={known}>
      <Products>
        <ForProduct id="apache">Apache part</ForProduct>
        <ForProduct id="gunicorn php-fpm">App server part</ForProduct>
        <ForProduct id="nginx">nginx part</ForProduct>
        <ForProduct id="iis">IIS part</ForProduct>
      </Products>
    </KnownProductsProvider>,
  ).container;

const openParts = (container: HTMLElement): string[] =>
  [...container.querySelectorAll('.products > .for-product')].map((part) => part.textContent ?? '');
const foldedParts = (container: HTMLElement): string[] =>
  [...container.querySelectorAll('.other-products .for-product')].map((part) => part.textContent ?? '');

describe('Products', () => {
  it('shows every part in order when nothing names the product', () => {
    const container = page([]);
    expect(openParts(container)).toEqual(['Apache part', 'App server part', 'nginx part', 'IIS part']);
    expect(container.querySelector('details')).toBeNull();
  });

  it("puts the named product first, folds other products of its kind, and keeps a kind still unknown open", () => {
    const container = page(['nginx']);
    expect(openParts(container)).toEqual(['nginx part', 'App server part']);
    expect(foldedParts(container)).toEqual(['Apache part', 'IIS part']);
  });

  it('opens the parts of every product named, of each kind', () => {
    const container = page(['nginx', 'gunicorn']);
    expect(openParts(container)).toEqual(['App server part', 'nginx part']);
    expect(foldedParts(container)).toEqual(['Apache part', 'IIS part']);
  });
});

import { Children, createContext, isValidElement, useContext, type ReactElement, type ReactNode } from 'react';
import { ui } from '@/content/texts';
import { products } from '@/registry/products';

/** The products the journey or the error page's link has named (gateways, CDNs, platforms, app servers). */
const KnownProductsContext = createContext<readonly string[]>([]);

/** Tells the step body which products the person runs (see src/features/wizard/known-products.ts). */
export const KnownProductsProvider = KnownProductsContext.Provider;

/** The products the journey has named, for parts of a step body that adapt to them. */
export const useKnownProducts = (): readonly string[] => useContext(KnownProductsContext);

interface ForProductProps {
  /** Product ids this part is about, separated by spaces (ids of `chain.products` in content/en/ui.json). */
  readonly id: string;
  readonly children?: ReactNode;
}

/** One product's instructions, inside <Products>. */
export const ForProduct = ({ id, children }: ForProductProps) => (
  <div className="for-product" data-product={id}>
    {children}
  </div>
);

const idsOf = (child: ReactNode): string[] =>
  isValidElement<ForProductProps>(child) && child.type === ForProduct ? child.props.id.split(/\s+/) : [];

const kindOf = (id: string): string | undefined => (Object.hasOwn(products, id) ? products[id as keyof typeof products].kind : undefined);

/**
 * Instructions per product. When the journey has named the person's product, its part comes first and
 * open; the parts for other products of a kind they have named (another web server, when they run
 * nginx) fold under "Other servers and services"; parts of a kind still unknown (the app server behind
 * their nginx) stay open, in order. With nothing named, all show in order.
 */
export const Products = ({ children }: { children?: ReactNode }) => {
  const known = useKnownProducts();
  const parts = Children.toArray(children).filter(isValidElement) as ReactElement[];
  if (known.length === 0) return <div className="products">{parts}</div>;
  const knownKinds = new Set(known.map(kindOf));
  const theirs = parts.filter((part) => idsOf(part).some((id) => known.includes(id)));
  const others = parts.filter((part) => !theirs.includes(part));
  const alternatives = others.filter((part) => idsOf(part).some((id) => knownKinds.has(kindOf(id))));
  const unknownKinds = others.filter((part) => !alternatives.includes(part));
  return (
    <div className="products">
      {theirs}
      {unknownKinds}
      {alternatives.length > 0 ? (
        <details className="other-products">
          <summary>{ui.otherProducts}</summary>
          {alternatives}
        </details>
      ) : null}
    </div>
  );
};

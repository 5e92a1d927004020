import { Children, createContext, isValidElement, useContext, type ReactElement, type ReactNode } from 'react';
import { ui } from '@/content/texts';

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

/**
 * Instructions per product. When the journey has named the person's product, its part comes first and
 * open, and the others fold under "Other servers and services"; with nothing named, all show in order.
 */
export const Products = ({ children }: { children?: ReactNode }) => {
  const known = useKnownProducts();
  const parts = Children.toArray(children).filter(isValidElement) as ReactElement[];
  const theirs = parts.filter((part) => idsOf(part).some((id) => known.includes(id)));
  if (theirs.length === 0) return <div className="products">{parts}</div>;
  const others = parts.filter((part) => !theirs.includes(part));
  return (
    <div className="products">
      {theirs}
      {others.length > 0 ? (
        <details className="other-products">
          <summary>{ui.otherProducts}</summary>
          {others}
        </details>
      ) : null}
    </div>
  );
};

package vn.ocop.fair.order.catalog;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What order-service knows of a product: the price and status an order would use. */
@RestController
@RequestMapping("/api/orders/products")
class CatalogProductController {

    private final CatalogProducts products;

    CatalogProductController(CatalogProducts products) {
        this.products = products;
    }

    @GetMapping("/{productId}")
    CatalogProduct get(@PathVariable String productId) {
        return products.find(productId).orElseThrow(() -> new UnknownProduct(productId));
    }
}

package vn.ocop.fair.catalog.product.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ocop.fair.catalog.access.Actor;
import vn.ocop.fair.catalog.product.Catalogue;
import vn.ocop.fair.catalog.product.Product;
import vn.ocop.fair.catalog.product.ProductId;

@RestController
@RequestMapping("/api/catalog/products")
class ProductController {

    private final Catalogue catalogue;

    ProductController(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @PostMapping
    ResponseEntity<ProductView> list(
            @Valid @RequestBody ListProductRequest request, @AuthenticationPrincipal Jwt token) {
        Product product = catalogue.list(request.toDetails(), Actor.of(token));
        return ResponseEntity.created(URI.create("/api/catalog/products/" + product.id()))
                .body(ProductView.of(product));
    }

    @GetMapping("/{id}")
    ProductView get(@PathVariable String id) {
        return ProductView.of(catalogue.get(new ProductId(id)));
    }

    @GetMapping
    PageView<ProductView> page(
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Catalogue.ProductPage found = catalogue.page(page, size);
        return new PageView<>(
                found.items().stream().map(ProductView::of).toList(), found.page(), found.size(), found.total());
    }
}

package vn.ocop.fair.catalog.product.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ocop.fair.catalog.access.Actor;
import vn.ocop.fair.catalog.product.Catalogue;
import vn.ocop.fair.catalog.product.Product;
import vn.ocop.fair.catalog.product.ProductId;
import vn.ocop.fair.catalog.web.PageView;

@RestController
@RequestMapping("/api/catalog/products")
class ProductController {

    private final Catalogue catalogue;

    ProductController(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @PostMapping
    ResponseEntity<ProductView> create(
            @Validated(ProductRequest.OnCreate.class) @RequestBody ProductRequest request,
            @AuthenticationPrincipal Jwt token) {
        Product product =
                catalogue.create(request.producerId(), request.toDetails(), request.isDraft(), Actor.of(token));
        return ResponseEntity.created(URI.create("/api/catalog/products/" + product.id()))
                .body(ProductView.of(product));
    }

    @PutMapping("/{id}")
    ProductView update(
            @PathVariable String id, @Valid @RequestBody ProductRequest request, @AuthenticationPrincipal Jwt token) {
        return ProductView.of(catalogue.update(new ProductId(id), request.toDetails(), Actor.of(token)));
    }

    @PostMapping("/{id}/list")
    ProductView list(@PathVariable String id, @AuthenticationPrincipal Jwt token) {
        return ProductView.of(catalogue.list(new ProductId(id), Actor.of(token)));
    }

    @PostMapping("/{id}/delist")
    ProductView delist(
            @PathVariable String id, @Valid @RequestBody DelistRequest request, @AuthenticationPrincipal Jwt token) {
        return ProductView.of(catalogue.delist(new ProductId(id), request.reason(), Actor.of(token)));
    }

    @GetMapping("/{id}")
    ProductView get(@PathVariable String id, @AuthenticationPrincipal Jwt token) {
        return ProductView.of(
                catalogue.get(new ProductId(id), Optional.ofNullable(token).map(Actor::of)));
    }

    @GetMapping
    PageView<ProductView> page(
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Catalogue.ProductPage found = catalogue.page(page, size);
        return new PageView<>(
                found.items().stream().map(ProductView::of).toList(), found.page(), found.size(), found.total());
    }

    record DelistRequest(@NotBlank @Size(max = 500) String reason) {}
}

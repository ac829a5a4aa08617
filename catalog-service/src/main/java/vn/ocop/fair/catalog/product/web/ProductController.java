package vn.ocop.fair.catalog.product.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
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
import org.springframework.web.bind.annotation.RestController;
import vn.ocop.fair.catalog.fair.FairStands;
import vn.ocop.fair.catalog.product.Catalogue;
import vn.ocop.fair.catalog.product.Product;
import vn.ocop.fair.catalog.product.ProductId;
import vn.ocop.fair.catalog.product.search.ProductSearch;
import vn.ocop.fair.catalog.web.PageView;
import vn.ocop.fair.support.security.Caller;

@RestController
@RequestMapping("/api/catalog/products")
class ProductController {

    private final Catalogue catalogue;
    private final ProductSearch search;
    private final FairStands fairStands;

    ProductController(Catalogue catalogue, ProductSearch search, FairStands fairStands) {
        this.catalogue = catalogue;
        this.search = search;
        this.fairStands = fairStands;
    }

    @PostMapping
    ResponseEntity<ProductView> create(
            @Validated(ProductRequest.OnCreate.class) @RequestBody ProductRequest request,
            @AuthenticationPrincipal Jwt token) {
        Product product =
                catalogue.create(request.producerId(), request.toDetails(), request.isDraft(), Caller.of(token));
        return ResponseEntity.created(URI.create("/api/catalog/products/" + product.id()))
                .body(ProductView.of(product, List.of()));
    }

    @PutMapping("/{id}")
    ProductView update(
            @PathVariable String id, @Valid @RequestBody ProductRequest request, @AuthenticationPrincipal Jwt token) {
        return view(catalogue.update(new ProductId(id), request.toDetails(), Caller.of(token)));
    }

    @PostMapping("/{id}/list")
    ProductView list(@PathVariable String id, @AuthenticationPrincipal Jwt token) {
        return view(catalogue.list(new ProductId(id), Caller.of(token)));
    }

    @PostMapping("/{id}/delist")
    ProductView delist(
            @PathVariable String id, @Valid @RequestBody DelistRequest request, @AuthenticationPrincipal Jwt token) {
        return view(catalogue.delist(new ProductId(id), request.reason(), Caller.of(token)));
    }

    @GetMapping("/{id}")
    ProductView get(@PathVariable String id, @AuthenticationPrincipal Jwt token) {
        return view(catalogue.get(new ProductId(id), Caller.orAnonymous(token)));
    }

    /** Searches the listed products (anyone may); see {@link SearchRequest} for the parameters. */
    @GetMapping
    PageView<ProductView> search(@Valid @ParameterObject SearchRequest request) {
        ProductSearch.SearchPage found = search.search(request.toQuery());
        return new PageView<>(
                found.items().stream()
                        .map(f -> ProductView.of(f.product(), f.fairs()))
                        .toList(),
                found.page(),
                found.size(),
                found.total());
    }

    private ProductView view(Product product) {
        return ProductView.of(product, fairStands.of(product.id()));
    }

    record DelistRequest(@NotBlank @Size(max = 500) String reason) {}
}

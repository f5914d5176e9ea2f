package org.counterpart.shell.adapter.in.web;

import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** What {@code /v3/api-docs} and Swagger UI say about the API as a whole: its name, and that it takes HTTP Basic. */
@Configuration
class ApiDescription {

    static final String BASIC = "basic";

    @Bean
    OpenAPI counterpartApi(java.util.Optional<BuildProperties> build) {
        return new OpenAPI()
                .info(new Info().title("Counterpart API — 对口支援管理系统")
                        .version(build.map(BuildProperties::getVersion).orElse("development"))
                        .description("The JSON API of Counterpart, under /api/<module>/…. Every call signs in with "
                                + "HTTP Basic, as one of the application's accounts; what it may do follows the "
                                + "account's role. Lists answer {\"items\": [...], \"total\": n} and take page "
                                + "(from 0) and size. Errors answer {\"error\": key, \"message\": text}, the text "
                                + "in the language of Accept-Language (Chinese unless English is asked for)."))
                .components(new Components().addSecuritySchemes(BASIC,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }
}

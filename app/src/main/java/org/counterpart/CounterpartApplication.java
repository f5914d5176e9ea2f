package org.counterpart;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Counterpart (对口支援管理系统) — plans, runs and reports an education commission's east–west cooperation and
 * counterpart support. Assembles the business modules, each a direct sub-package of this one.
 */
@SpringBootApplication
public class CounterpartApplication {

    public static void main(String[] args) {
        SpringApplication.run(CounterpartApplication.class, args);
    }
}

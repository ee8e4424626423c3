package io.busbar;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class BusbarApplication {
    public static void main(String[] args) {
        SpringApplication.run(BusbarApplication.class, args);
    }
}

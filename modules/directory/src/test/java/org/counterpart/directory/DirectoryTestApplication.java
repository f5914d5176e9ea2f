package org.counterpart.directory;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the directory module alone, for its adapter tests against the real database. */
@SpringBootApplication
class DirectoryTestApplication {
}

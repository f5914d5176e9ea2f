package org.counterpart.reporting.integration;

import org.counterpart.training.TrainingMode;

/** The training module's values as the contract names them; a new domain value fails the build until it is mapped. */
final class TrainingContract {

    private TrainingContract() {
    }

    static String mode(TrainingMode mode) {
        return switch (mode) {
            case STUDY_IN_SHANGHAI -> "STUDY_IN_SHANGHAI";
            case LECTURES_ON_SITE -> "LECTURES_ON_SITE";
            case CLASSES_IN_SHANGHAI -> "CLASSES_IN_SHANGHAI";
        };
    }
}

package org.counterpart.directory.domain;

import java.util.List;

import org.counterpart.directory.School;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** The schools the programmes work with. */
@SecondaryPort
public interface Schools {

    List<School> all();
}
